package org.capacita.accounts.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.capacita.accounts.application.AccountAdministration;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code admin/accounts.xhtml}: every account, a page at a time. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountAdministration administration;

  private final LazyDataModel<AccountRow> accounts = new AccountPages();

  public LazyDataModel<AccountRow> getAccounts() {
    return accounts;
  }

  private final class AccountPages extends LazyDataModel<AccountRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return Math.toIntExact(administration.count());
    }

    @Override
    public List<AccountRow> load(
        int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      return administration.page(first, size).stream().map(AccountRow::of).toList();
    }

    @Override
    public String getRowKey(AccountRow row) {
      return Long.toString(row.getId());
    }

    @Override
    public AccountRow getRowData(String rowKey) {
      return null;
    }
  }
}
